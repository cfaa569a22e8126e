# Optional, clang only (needs libclang-rt-dev): a libFuzzer target for open-ended fuzzing of
# the scenario reader (tests/fuzz/fuzz_scenario_reader.cpp). Not run by CTest; the bounded
# tst_scenario_fuzz is the CI job.
option(TCPLAB_LIBFUZZER "Build the libFuzzer target fuzz-scenario-reader (clang)" OFF)
if(TCPLAB_LIBFUZZER)
    if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
        message(FATAL_ERROR "TCPLAB_LIBFUZZER needs clang (-DCMAKE_CXX_COMPILER=clang++)")
    endif()
    # Coverage feedback from the reader itself, not only from the entry point.
    target_compile_options(tcplab_model PRIVATE -fsanitize=fuzzer-no-link,address,undefined)
    add_executable(fuzz-scenario-reader ${CMAKE_CURRENT_SOURCE_DIR}/fuzz/fuzz_scenario_reader.cpp)
    target_compile_options(fuzz-scenario-reader PRIVATE -fsanitize=fuzzer,address,undefined)
    target_link_options(fuzz-scenario-reader PRIVATE -fsanitize=fuzzer,address,undefined)
    target_link_libraries(fuzz-scenario-reader PRIVATE tcplab_model)
endif()
