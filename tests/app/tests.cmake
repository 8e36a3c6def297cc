ogs_add_test(tst_detectcli SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_detectcli.cpp)
ogs_add_test(tst_envcli SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_envcli.cpp)
ogs_add_test(tst_guilaunch SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_guilaunch.cpp)
add_dependencies(tst_guilaunch ollama-gpu-setup-gui)
if(OGS_SANITIZE)
    # These start the CLI, whose detection creates a Vulkan instance: lavapipe's 128-byte leak
    # (see tests/detect/tests.cmake) would fail them. ASan/UBSan stay on.
    foreach(t tst_detectcli tst_envcli)
        set_property(TEST ${t} APPEND PROPERTY ENVIRONMENT "ASAN_OPTIONS=detect_leaks=0")
    endforeach()
endif()
