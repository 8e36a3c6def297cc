; A stand-in for OllamaSetup.exe, built by tst_wineinstall with makensis: installed silently under Wine,
; it writes a marker with its command line where Ollama's installer puts Ollama. Run without its
; silent flag it refuses (exit code 2), so the test sees whether the executor passed the right flags.
Target amd64-unicode
Name "Ollama test installer"
OutFile "${OUTFILE}"
RequestExecutionLevel user
InstallDir "$LOCALAPPDATA\Programs\Ollama"
Page instfiles

Function .onInit
    IfSilent silent
    SetErrorLevel 2
    Quit
silent:
FunctionEnd

Section
    SetOutPath "$INSTDIR"
    FileOpen $0 "$INSTDIR\installed-by-test.txt" w
    FileWrite $0 "$CMDLINE"
    FileClose $0
SectionEnd
