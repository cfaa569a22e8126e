// libFuzzer entry point for open-ended fuzzing of the scenario reader and the save round
// trip, the same properties tst_scenario_fuzz checks in its bounded run (that test is the
// CI job; this one runs as long as you like). Build with clang and libclang-rt-dev:
//     cmake -S . -B build-fuzz -G Ninja -DCMAKE_CXX_COMPILER=clang++ -DTCPLAB_LIBFUZZER=ON
//     cmake --build build-fuzz --target fuzz-scenario-reader
//     mkdir -p /tmp/corpus && build-fuzz/tests/fuzz-scenario-reader -max_total_time=600 \
//         -dict=tests/fuzz/scenario.dict /tmp/corpus tests/data/fuzz resources/scenarios
// libFuzzer writes the inputs it finds into the first directory: give it a scratch one.
// A crash, or an abort below, leaves the input in crash-<hash> in the working directory.
#include "scenario/scenario_file.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace tcplab;
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    const ScenarioFile::LoadResult r = ScenarioFile::parse(input);
    if (!r.ok) {
        // A refusal must say why.
        if (r.errors.isEmpty())
            std::abort();
        for (const QString &e : r.errors) {
            if (e.trimmed().isEmpty())
                std::abort();
        }
        return 0;
    }
    // An accepted file saves, re-reads to the same scenario and re-saves to the same bytes.
    const QByteArray saved = ScenarioFile::serialize(r.scenario);
    const ScenarioFile::LoadResult again = ScenarioFile::parse(saved);
    if (!again.ok || !(again.scenario == r.scenario) || ScenarioFile::serialize(again.scenario) != saved)
        std::abort();
    return 0;
}
