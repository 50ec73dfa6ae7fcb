#include "common/Clock.h"

#include <atomic>

namespace jalon {

namespace {
const SystemClock systemClock;
std::atomic<const Clock*> current{&systemClock};
} // namespace

const Clock& Clock::instance() {
    return *current.load();
}

void Clock::setInstance(const Clock* clock) {
    current.store(clock ? clock : &systemClock);
}

} // namespace jalon
