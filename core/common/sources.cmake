target_sources(ogs_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/builtinresource.h
    ${CMAKE_CURRENT_LIST_DIR}/checkedcast.h
    ${CMAKE_CURRENT_LIST_DIR}/coretext.h
    ${CMAKE_CURRENT_LIST_DIR}/jsonobject.h
)
