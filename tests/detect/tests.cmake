ogs_add_test(tst_vulkanfields SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_vulkanfields.cpp)
ogs_add_test(tst_vulkansource SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_vulkansource.cpp ${CMAKE_CURRENT_LIST_DIR}/lavapipe.h)
ogs_add_test(tst_detect_vulkan_cli SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_detect_vulkan_cli.cpp ${CMAKE_CURRENT_LIST_DIR}/lavapipe.h)
if(OGS_SANITIZE)
    # Mesa's lavapipe leaks 128 bytes per VkInstance from inside the driver, which the loader has
    # unloaded by exit, so LeakSanitizer cannot name (or suppress) the module. ASan/UBSan stay on.
    foreach(t tst_vulkansource tst_detect_vulkan_cli)
        set_property(TEST ${t} APPEND PROPERTY ENVIRONMENT "ASAN_OPTIONS=detect_leaks=0")
    endforeach()
endif()
