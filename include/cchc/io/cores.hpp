// How many threads a parallel step uses (issue 15).
#pragma once

namespace cchc::io {

// The cores this process may run on: `taskset -c 0` means one, whatever the
// machine has (std::thread::hardware_concurrency counts them all). The
// loader's threads, and those that serialise a long JSON list.
unsigned usable_cores();

}  // namespace cchc::io
