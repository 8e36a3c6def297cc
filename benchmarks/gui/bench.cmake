# GUI benchmarks (scripts/bench.sh): chart update cost at 1k vs 100k history points, the wizard's
# first page offscreen, and the monitor window's memory after an hour of samples.
set(OGS_BENCH_REPORT_SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/../detect/benchreport.cpp
    ${CMAKE_CURRENT_LIST_DIR}/../detect/benchreport.h
    ${CMAKE_CURRENT_LIST_DIR}/../detect/processtimer.cpp
    ${CMAKE_CURRENT_LIST_DIR}/../detect/processtimer.h)
foreach(name chart wizard monitor)
    qt_add_executable(ogs-bench-${name} ${CMAKE_CURRENT_LIST_DIR}/${name}bench.cpp ${OGS_BENCH_REPORT_SOURCES})
    target_include_directories(ogs-bench-${name} PRIVATE ${CMAKE_CURRENT_LIST_DIR}/../detect)
    target_link_libraries(ogs-bench-${name} PRIVATE ogs_ui)
endforeach()
# The probe ogs-bench-wizard preloads into the real executable (QtCore only).
add_library(ogs-bench-firstpaint MODULE ${CMAKE_CURRENT_LIST_DIR}/firstpaint.cpp)
target_link_libraries(ogs-bench-firstpaint PRIVATE ogs_config Qt6::Core)
target_compile_definitions(ogs-bench-wizard PRIVATE
    OGS_APP_BINARY="$<TARGET_FILE:ollama-gpu-setup>"
    OGS_FIRSTPAINT_PROBE="$<TARGET_FILE:ogs-bench-firstpaint>")
add_dependencies(ogs-bench-wizard ogs-bench-firstpaint ollama-gpu-setup)
