# ogs-bench-detect: `ollama-gpu-setup detect --json` against `vulkaninfo --summary` (scripts/bench.sh).
qt_add_executable(ogs-bench-detect
    ${CMAKE_CURRENT_LIST_DIR}/detectbench.cpp
    ${CMAKE_CURRENT_LIST_DIR}/benchreport.cpp
    ${CMAKE_CURRENT_LIST_DIR}/benchreport.h
    ${CMAKE_CURRENT_LIST_DIR}/processtimer.cpp
    ${CMAKE_CURRENT_LIST_DIR}/processtimer.h
)
target_link_libraries(ogs-bench-detect PRIVATE ogs_config Qt6::Core)
# The same detection as `detect --json`, linked against QtCore/QtNetwork only: a diagnostic that
# separates the app's link and start-up cost (Widgets, Gui, Charts) from the detection itself.
qt_add_executable(ogs-bench-detect-coreonly ${CMAKE_CURRENT_LIST_DIR}/detectcoreonly.cpp)
target_link_libraries(ogs-bench-detect-coreonly PRIVATE ogs_core)
