#!/usr/bin/python3
"""Checks a published press room folder the way its readers' tools see it.

usage: check_site.py SITE_DIR BASE_URL

- every Atom feed parses with feedparser without a bozo error and has entries with content;
- sitemap.xml is well-formed and lists exactly the public pages (every .html file that is
  not a redirect), each once, with hreflang alternates that are themselves listed;
- each release page's JSON-LD parses and has the NewsArticle keys;
- no internal link (href/src) of any page points at a missing file or fragment.
Prints one line per problem and exits 1 when there is any.
"""
import html.parser
import json
import os
import sys
import urllib.parse
import xml.etree.ElementTree as ET

import feedparser

problems = []


class PageParser(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.links = []
        self.ids = set()
        self.jsonld = []
        self.redirect = False
        self._in_jsonld = False
        self._buffer = ""

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if "id" in attributes:
            self.ids.add(attributes["id"])
        if tag == "meta" and (attributes.get("http-equiv") or "").lower() == "refresh":
            self.redirect = True
        for name in ("href", "src"):
            if attributes.get(name):
                self.links.append(attributes[name])
        if tag == "script" and attributes.get("type") == "application/ld+json":
            self._in_jsonld = True
            self._buffer = ""

    def handle_data(self, data):
        if self._in_jsonld:
            self._buffer += data

    def handle_endtag(self, tag):
        if tag == "script" and self._in_jsonld:
            self._in_jsonld = False
            self.jsonld.append(self._buffer)


def main(site, base):
    pages = {}
    for folder, _, files in os.walk(site):
        for name in files:
            path = os.path.relpath(os.path.join(folder, name), site).replace(os.sep, "/")
            if name.endswith(".html"):
                parser = PageParser()
                with open(os.path.join(folder, name), encoding="utf-8") as stream:
                    parser.feed(stream.read())
                pages[path] = parser
            elif name.endswith(".atom"):
                feed = feedparser.parse(os.path.join(folder, name))
                if feed.bozo:
                    problems.append(f"{path}: feedparser: {feed.bozo_exception}")
                if feed.version != "atom10":
                    problems.append(f"{path}: not Atom 1.0 ({feed.version})")
                for entry in feed.entries:
                    if not entry.get("content") or not entry.content[0].value.strip():
                        problems.append(f"{path}: entry {entry.get('id')} has no content")
                    if not entry.get("link", "").startswith(base):
                        problems.append(f"{path}: entry link {entry.get('link')} is not under {base}")

    public = {path for path, parser in pages.items() if not parser.redirect}

    def url_of(path):
        return base + (path[: -len("index.html")] if path.endswith("index.html") else path)

    try:
        tree = ET.parse(os.path.join(site, "sitemap.xml"))
    except (ET.ParseError, OSError) as error:
        problems.append(f"sitemap.xml: {error}")
        tree = None
    if tree is not None:
        ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}
        locs = [element.text for element in tree.getroot().findall("s:url/s:loc", ns)]
        if len(locs) != len(set(locs)):
            problems.append("sitemap.xml lists a page twice")
        expected = {url_of(path) for path in public}
        for missing in sorted(expected - set(locs)):
            problems.append(f"sitemap.xml misses {missing}")
        for extra in sorted(set(locs) - expected):
            problems.append(f"sitemap.xml lists {extra}, which is not a public page")
        for link in tree.getroot().findall("s:url/x:link", ns):
            if link.get("href") not in expected:
                problems.append(f"sitemap.xml: alternate {link.get('href')} is not a public page")

    required = ["@context", "@type", "headline", "datePublished", "dateModified", "inLanguage", "author",
                "publisher", "dateline"]
    for path, parser in pages.items():
        if "/releases/" in path and not parser.redirect:
            if len(parser.jsonld) != 1:
                problems.append(f"{path}: {len(parser.jsonld)} JSON-LD blocks")
            for text in parser.jsonld:
                try:
                    data = json.loads(text)
                except ValueError as error:
                    problems.append(f"{path}: JSON-LD does not parse: {error}")
                    continue
                if data.get("@type") != "NewsArticle":
                    problems.append(f"{path}: JSON-LD @type is {data.get('@type')}")
                for key in required:
                    if not data.get(key):
                        problems.append(f"{path}: JSON-LD has no {key}")

    for path, parser in pages.items():
        for link in parser.links:
            parts = urllib.parse.urlsplit(link)
            if parts.scheme or link.startswith("//") or link.startswith("mailto:"):
                continue
            target = path if not parts.path else os.path.normpath(
                os.path.join(os.path.dirname(path), urllib.parse.unquote(parts.path))).replace(os.sep, "/")
            if target.startswith(".."):
                problems.append(f"{path}: link {link} leaves the site")
                continue
            if not os.path.isfile(os.path.join(site, target)):
                problems.append(f"{path}: broken link {link}")
                continue
            if parts.fragment and target in pages and parts.fragment not in pages[target].ids:
                problems.append(f"{path}: link {link} has no target #{parts.fragment}")

    for problem in problems:
        print(problem)
    print(f"{len(pages)} pages, {len(public)} public; {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
