target_sources(ogs_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/amdgpusampler.cpp
    ${CMAKE_CURRENT_LIST_DIR}/amdgpusampler.h
    ${CMAKE_CURRENT_LIST_DIR}/compositetelemetry.cpp
    ${CMAKE_CURRENT_LIST_DIR}/compositetelemetry.h
    ${CMAKE_CURRENT_LIST_DIR}/countersamples.cpp
    ${CMAKE_CURRENT_LIST_DIR}/countersamples.h
    ${CMAKE_CURRENT_LIST_DIR}/dpmlevels.cpp
    ${CMAKE_CURRENT_LIST_DIR}/dpmlevels.h
    ${CMAKE_CURRENT_LIST_DIR}/gpusample.cpp
    ${CMAKE_CURRENT_LIST_DIR}/gpusample.h
    ${CMAKE_CURRENT_LIST_DIR}/gputelemetrysource.h
    ${CMAKE_CURRENT_LIST_DIR}/lineprocess.cpp
    ${CMAKE_CURRENT_LIST_DIR}/lineprocess.h
    ${CMAKE_CURRENT_LIST_DIR}/nvidiasmitelemetry.cpp
    ${CMAKE_CURRENT_LIST_DIR}/nvidiasmitelemetry.h
    ${CMAKE_CURRENT_LIST_DIR}/nvmltelemetry.cpp
    ${CMAKE_CURRENT_LIST_DIR}/nvmltelemetry.h
    ${CMAKE_CURRENT_LIST_DIR}/processgpuscanner.cpp
    ${CMAKE_CURRENT_LIST_DIR}/processgpuscanner.h
    ${CMAKE_CURRENT_LIST_DIR}/samplehistory.cpp
    ${CMAKE_CURRENT_LIST_DIR}/samplehistory.h
    ${CMAKE_CURRENT_LIST_DIR}/stuckgpuwatchdog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/stuckgpuwatchdog.h
    ${CMAKE_CURRENT_LIST_DIR}/sysfsattribute.cpp
    ${CMAKE_CURRENT_LIST_DIR}/sysfsattribute.h
    ${CMAKE_CURRENT_LIST_DIR}/telemetryworker.cpp
    ${CMAKE_CURRENT_LIST_DIR}/telemetryworker.h
    ${CMAKE_CURRENT_LIST_DIR}/sysfstelemetry.cpp
    ${CMAKE_CURRENT_LIST_DIR}/sysfstelemetry.h
)
# The Windows performance counters (core/win/gpucounters) exist only on Windows.
if(WIN32)
    target_sources(ogs_core PRIVATE
        ${CMAKE_CURRENT_LIST_DIR}/pdhtelemetry.cpp
        ${CMAKE_CURRENT_LIST_DIR}/pdhtelemetry.h
    )
endif()
