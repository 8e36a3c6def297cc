target_sources(ogs_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/translator.cpp
    ${CMAKE_CURRENT_LIST_DIR}/translator.h
)
