# The GPU counter instance names are plain C++ without <windows.h>: tested natively everywhere.
ogs_add_test(tst_gpucounterinstances SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_gpucounterinstances.cpp)

# The Windows layer's plain C++ test. A native Windows build runs it directly; elsewhere it is
# cross-built with MinGW-w64 and run under Wine by scripts/test-windows-layer.sh, which reports
# "SKIPPED" (and ctest shows the test as skipped) when those tools are not installed.
if(WIN32)
    add_executable(tst_winlayer ${CMAKE_CURRENT_LIST_DIR}/tst_winlayer.cpp)
    set_target_properties(tst_winlayer PROPERTIES AUTOMOC OFF)
    target_link_libraries(tst_winlayer PRIVATE ogs_core)
    add_test(NAME tst_winlayer COMMAND tst_winlayer)
elseif(CMAKE_HOST_UNIX)
    add_test(NAME tst_winlayer_wine
        COMMAND ${PROJECT_SOURCE_DIR}/scripts/test-windows-layer.sh ${CMAKE_BINARY_DIR}/win-layer)
    set_tests_properties(tst_winlayer_wine PROPERTIES
        SKIP_REGULAR_EXPRESSION "SKIPPED, not installed"
        TIMEOUT 300)
endif()
