# Client-measured tokens/s against the server-reported eval rate, on the Ollama-compatible test server.
# The test server library lives in tests/support; it exists only when tests are built.
if(TARGET ogs_test_support)
    qt_add_executable(bench_ollama_tokens ${CMAKE_CURRENT_LIST_DIR}/bench_ollama_tokens.cpp)
    target_link_libraries(bench_ollama_tokens PRIVATE ogs_core ogs_test_support)
    target_compile_definitions(bench_ollama_tokens PRIVATE OGS_TEST_DATA="${PROJECT_SOURCE_DIR}/tests/data")
else()
    message(STATUS "bench_ollama_tokens needs the test server (OGS_BUILD_TESTS=ON); skipped")
endif()
