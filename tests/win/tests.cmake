# The Windows layer's plain C++ test, in a native Windows build (Linux runs it under Wine:
# scripts/test-windows-layer.sh).
if(WIN32)
    add_executable(tst_winlayer ${CMAKE_CURRENT_LIST_DIR}/tst_winlayer.cpp)
    set_target_properties(tst_winlayer PROPERTIES AUTOMOC OFF)
    target_link_libraries(tst_winlayer PRIVATE ogs_core)
    add_test(NAME tst_winlayer COMMAND tst_winlayer)
endif()
