# Telemetry tests; Linux ones use sysfs, /proc fixtures and POSIX signals.
if(UNIX)
    ogs_add_test(tst_amdgpusampler SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_amdgpusampler.cpp)
    ogs_add_test(tst_dpmlevels SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_dpmlevels.cpp)
    ogs_add_test(tst_processgpuscanner SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_processgpuscanner.cpp)
    ogs_add_test(tst_samplehistory SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_samplehistory.cpp)
    ogs_add_test(tst_stuckgpuwatchdog SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_stuckgpuwatchdog.cpp)
    ogs_add_test(tst_samplecli SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_samplecli.cpp)
    ogs_add_test(tst_samplewatchdogcli SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_samplewatchdogcli.cpp LIBS ogs_test_support)
    ogs_add_test(tst_compositetelemetry SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_compositetelemetry.cpp)
    ogs_add_test(tst_countersamples SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_countersamples.cpp)
    ogs_add_test(tst_nvidiasmitelemetry SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_nvidiasmitelemetry.cpp)
    ogs_add_test(tst_nvmltelemetry SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_nvmltelemetry.cpp)
    # The fake NVML (tests/detect/fakenvml, included before this file) stands in for the driver.
    if(TARGET fakenvml)
        add_dependencies(tst_nvmltelemetry fakenvml fakenvml_old)
        target_compile_definitions(tst_nvmltelemetry PRIVATE
            OGS_FAKE_NVML="$<TARGET_FILE:fakenvml>"
            OGS_FAKE_NVML_OLD="$<TARGET_FILE:fakenvml_old>")
        add_dependencies(tst_samplecli fakenvml)
        target_compile_definitions(tst_samplecli PRIVATE OGS_FAKE_NVML="$<TARGET_FILE:fakenvml>")
    endif()
endif()
