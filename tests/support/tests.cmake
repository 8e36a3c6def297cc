# The Ollama-compatible test server: a library for tests and benchmarks, and a program for manual trials.
# tests/CMakeLists.txt includes the module files in alphabetical order (diagnose, ollama, support), so the
# modules listed before this one already name `ogs_test_support` in their LIBS. That is fine: CMake resolves
# target names in target_link_libraries at generate time, after every file has been read, so the library
# only has to exist somewhere in the project, not before its first use. benchmarks/ is added after tests/
# and checks `if(TARGET ogs_test_support)` because tests can be switched off.
add_library(ogs_test_support STATIC
    ${CMAKE_CURRENT_LIST_DIR}/ollamatestserver.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ollamatestserver.h
    ${CMAKE_CURRENT_LIST_DIR}/releasefeedserver.cpp
    ${CMAKE_CURRENT_LIST_DIR}/releasefeedserver.h)
target_link_libraries(ogs_test_support PUBLIC ogs_config Qt6::Core Qt6::Network)
target_include_directories(ogs_test_support PUBLIC ${CMAKE_CURRENT_LIST_DIR})
set_target_properties(ogs_test_support PROPERTIES AUTOMOC ON)

qt_add_executable(ogs-test-ollama-server ${CMAKE_CURRENT_LIST_DIR}/testservermain.cpp)
target_link_libraries(ogs-test-ollama-server PRIVATE ogs_test_support)
target_compile_definitions(ogs-test-ollama-server PRIVATE OGS_TEST_DATA="${OGS_TEST_DATA}")
