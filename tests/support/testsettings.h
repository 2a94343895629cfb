#pragma once

namespace pressdesk::test {

// For tests that make windows or settings: an organization of their own ("PressdeskTests")
// and QStandardPaths' test mode, so that nothing reads or writes the user's settings or
// data folders; and the interface in English. Call from initTestCase().
void useTestSettingsInEnglish();

} // namespace pressdesk::test
