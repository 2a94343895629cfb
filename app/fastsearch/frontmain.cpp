// `pressdesk` on Linux: answers `pressdesk search` without loading Qt when FastSearch can,
// and otherwise replaces itself with pressdesk-cli from its own folder, which runs every
// command (and hands the window over to pressdesk-gui).
#include "fastsearch.h"
#include "searchrequest.h"

#include <cerrno>
#include <climits>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <string>
#include <unistd.h>

namespace {

constexpr const char *startVariable = "PRESSDESK_STARTED_AT_MS"; // see app/handover.cpp

std::string siblingPath(const char *name)
{
    char self[PATH_MAX];
    const ssize_t length = ::readlink("/proc/self/exe", self, sizeof self - 1);
    std::string folder = length > 0 ? std::string(self, static_cast<std::size_t>(length)) : std::string();
    folder.resize(folder.rfind('/') == std::string::npos ? 0 : folder.rfind('/'));
    return folder + "/" + name;
}

} // namespace

int main(int argc, char *argv[])
{
    timespec started {};
    ::clock_gettime(CLOCK_MONOTONIC, &started); // QElapsedTimer's clock, for --exit-after-startup

    if (const auto request = pressdesk::SearchRequest::parse(argc, argv)) {
        if (const auto output = pressdesk::FastSearch::answer(*request)) {
            std::fwrite(output->data(), 1, output->size(), stdout);
            return std::fflush(stdout) == 0 ? 0 : 1;
        }
    }

    const std::string path = siblingPath("pressdesk-cli");
    if (!std::getenv(startVariable)) {
        const long long ms = static_cast<long long>(started.tv_sec) * 1000 + started.tv_nsec / 1'000'000;
        ::setenv(startVariable, std::to_string(ms).c_str(), 1);
    }
    argv[0] = const_cast<char *>(path.c_str());
    ::execv(path.c_str(), argv);
    std::fprintf(stderr, "pressdesk: cannot start %s: %s\n", path.c_str(), std::strerror(errno));
    return 1;
}
