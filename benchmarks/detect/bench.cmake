# ogs-bench-detect: `ollama-gpu-setup detect --json` against `vulkaninfo --summary` (scripts/bench.sh).
qt_add_executable(ogs-bench-detect ${CMAKE_CURRENT_LIST_DIR}/detectbench.cpp)
target_link_libraries(ogs-bench-detect PRIVATE ogs_config Qt6::Core)
