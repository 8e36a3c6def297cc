ogs_add_test(tst_zipwriter SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_zipwriter.cpp ${CMAKE_CURRENT_LIST_DIR}/unzip.h)
ogs_add_test(tst_diagnosticbundle SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_diagnosticbundle.cpp ${CMAKE_CURRENT_LIST_DIR}/unzip.h)
ogs_add_test(tst_bundlecli SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_bundlecli.cpp ${CMAKE_CURRENT_LIST_DIR}/unzip.h)
add_dependencies(tst_bundlecli ollama-gpu-setup)
if(OGS_SANITIZE)
    # Starts the CLI, whose detection creates a Vulkan instance: lavapipe leaks (tests/detect/tests.cmake).
    set_property(TEST tst_bundlecli APPEND PROPERTY ENVIRONMENT "ASAN_OPTIONS=detect_leaks=0")
endif()
