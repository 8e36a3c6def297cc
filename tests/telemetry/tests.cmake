# Linux telemetry: sysfs, /proc fixtures and POSIX signals.
if(UNIX)
    ogs_add_test(tst_amdgpusampler SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_amdgpusampler.cpp)
    ogs_add_test(tst_dpmlevels SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_dpmlevels.cpp)
    ogs_add_test(tst_processgpuscanner SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_processgpuscanner.cpp)
    ogs_add_test(tst_samplehistory SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_samplehistory.cpp)
    ogs_add_test(tst_stuckgpuwatchdog SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_stuckgpuwatchdog.cpp)
    ogs_add_test(tst_samplecli SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_samplecli.cpp)
endif()
