target_sources(ogs_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/atomicfile.cpp
    ${CMAKE_CURRENT_LIST_DIR}/atomicfile.h
    ${CMAKE_CURRENT_LIST_DIR}/envhelper.cpp
    ${CMAKE_CURRENT_LIST_DIR}/envhelper.h
    ${CMAKE_CURRENT_LIST_DIR}/envjournal.cpp
    ${CMAKE_CURRENT_LIST_DIR}/envjournal.h
    ${CMAKE_CURRENT_LIST_DIR}/envkeys.cpp
    ${CMAKE_CURRENT_LIST_DIR}/envkeys.h
    ${CMAKE_CURRENT_LIST_DIR}/envlock.cpp
    ${CMAKE_CURRENT_LIST_DIR}/envlock.h
    ${CMAKE_CURRENT_LIST_DIR}/envpathsource.h
    ${CMAKE_CURRENT_LIST_DIR}/envplan.cpp
    ${CMAKE_CURRENT_LIST_DIR}/envplan.h
    ${CMAKE_CURRENT_LIST_DIR}/envregistry.cpp
    ${CMAKE_CURRENT_LIST_DIR}/envregistry.h
    ${CMAKE_CURRENT_LIST_DIR}/envstatus.cpp
    ${CMAKE_CURRENT_LIST_DIR}/envstatus.h
    ${CMAKE_CURRENT_LIST_DIR}/envtarget.cpp
    ${CMAKE_CURRENT_LIST_DIR}/envtarget.h
    ${CMAKE_CURRENT_LIST_DIR}/markedblock.cpp
    ${CMAKE_CURRENT_LIST_DIR}/markedblock.h
    ${CMAKE_CURRENT_LIST_DIR}/ollamaappsettings.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ollamaappsettings.h
    ${CMAKE_CURRENT_LIST_DIR}/processrunner.cpp
    ${CMAKE_CURRENT_LIST_DIR}/processrunner.h
    ${CMAKE_CURRENT_LIST_DIR}/serverconfig.cpp
    ${CMAKE_CURRENT_LIST_DIR}/serverconfig.h
    ${CMAKE_CURRENT_LIST_DIR}/servicerestart.cpp
    ${CMAKE_CURRENT_LIST_DIR}/servicerestart.h
    ${CMAKE_CURRENT_LIST_DIR}/targetdecision.cpp
    ${CMAKE_CURRENT_LIST_DIR}/targetdecision.h
    ${CMAKE_CURRENT_LIST_DIR}/unifieddiff.cpp
    ${CMAKE_CURRENT_LIST_DIR}/unifieddiff.h
    ${CMAKE_CURRENT_LIST_DIR}/windowsapprestart.cpp
    ${CMAKE_CURRENT_LIST_DIR}/windowsapprestart.h
    ${CMAKE_CURRENT_LIST_DIR}/windowsollamacontrol.cpp
    ${CMAKE_CURRENT_LIST_DIR}/windowsollamacontrol.h
)
# Qt SQL reads the Ollama desktop app's db.sqlite (read-only copy) for settings that override the environment.
target_link_libraries(ogs_core PUBLIC Qt6::Sql)
# The Windows registry, broadcast and process code is plain C++ (core/win/registry*, broadcast*,
# process*; no Qt), so it also cross-builds alone with MinGW (scripts/test-windows-env.sh); only
# the Windows build compiles it into ogs_core.
if(WIN32)
    target_sources(ogs_core PRIVATE
        ${CMAKE_CURRENT_LIST_DIR}/../win/broadcastenv.cpp
        ${CMAKE_CURRENT_LIST_DIR}/../win/broadcastenv.h
        ${CMAKE_CURRENT_LIST_DIR}/../win/processcontrol.cpp
        ${CMAKE_CURRENT_LIST_DIR}/../win/processcontrol.h
        ${CMAKE_CURRENT_LIST_DIR}/../win/registryenv.cpp
        ${CMAKE_CURRENT_LIST_DIR}/../win/registryenv.h
        ${CMAKE_CURRENT_LIST_DIR}/../win/registrytext.cpp
        ${CMAKE_CURRENT_LIST_DIR}/../win/registrytext.h)
    target_link_libraries(ogs_core PRIVATE advapi32 user32 userenv)
endif()
