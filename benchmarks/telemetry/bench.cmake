qt_add_executable(ogs-bench-telemetry ${CMAKE_CURRENT_LIST_DIR}/telemetrybench.cpp)
target_link_libraries(ogs-bench-telemetry PRIVATE ogs_core)
