; The Windows installer: per user, no administrator rights, into the user's programs folder
; (%LOCALAPPDATA%\Programs\Etalase), with Start menu and desktop shortcuts and an uninstaller.
; Uninstalling keeps the catalogue (it lives in %APPDATA%\etalase, not here).
; Built by .ci/windows: makensis -DVERSION=... -DEXE=... -DOUT=... etalase.nsi

; A 64-bit setup: the exe is 64-bit, and it runs where only 64-bit Windows programs run.
Target amd64-unicode
!include "MUI2.nsh"

Name "Etalase ${VERSION}"
OutFile "${OUT}"
InstallDir "$LOCALAPPDATA\Programs\Etalase"
InstallDirRegKey HKCU "Software\Etalase" "InstallDir"
RequestExecutionLevel user
SetCompressor /SOLID lzma
BrandingText "Etalase ${VERSION}"

!define MUI_ICON "${ICON}"
!define MUI_UNICON "${ICON}"
!define MUI_ABORTWARNING
!define MUI_FINISHPAGE_RUN "$INSTDIR\etalase.exe"

!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES

!insertmacro MUI_LANGUAGE "Indonesian"
!insertmacro MUI_LANGUAGE "English"

LangString ShortcutDesc ${LANG_INDONESIAN} "Katalog produk halal pesantren dan Kopontren"
LangString ShortcutDesc ${LANG_ENGLISH} "Halal product catalogue of pesantren and their cooperatives"
LangString KeptData ${LANG_INDONESIAN} "Katalog Anda tetap tersimpan di $APPDATA\etalase."
LangString KeptData ${LANG_ENGLISH} "Your catalogue is kept in $APPDATA\etalase."

VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=${LANG_ENGLISH} "ProductName" "Etalase"
VIAddVersionKey /LANG=${LANG_ENGLISH} "FileDescription" "Etalase setup"
VIAddVersionKey /LANG=${LANG_ENGLISH} "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "LegalCopyright" "Etalase contributors"

Function .onInit
  ; The Indonesian pages for an Indonesian Windows, English pages otherwise.
  StrCmp $LANGUAGE ${LANG_INDONESIAN} +2
  StrCpy $LANGUAGE ${LANG_ENGLISH}
FunctionEnd

Section "Etalase"
  SetShellVarContext current
  SetOutPath "$INSTDIR"
  File "/oname=etalase.exe" "${EXE}"
  File "/oname=DejaVu-LICENSE.txt" "${FONT_LICENSE}"
  WriteUninstaller "$INSTDIR\uninstall.exe"
  CreateDirectory "$SMPROGRAMS\Etalase"
  CreateShortcut "$SMPROGRAMS\Etalase\Etalase.lnk" "$INSTDIR\etalase.exe" "" "$INSTDIR\etalase.exe" 0 SW_SHOWNORMAL "" "$(ShortcutDesc)"
  CreateShortcut "$SMPROGRAMS\Etalase\Etalase - Pameran.lnk" "$INSTDIR\etalase.exe" "--showcase" "$INSTDIR\etalase.exe" 0 SW_SHOWNORMAL "" "$(ShortcutDesc)"
  CreateShortcut "$DESKTOP\Etalase.lnk" "$INSTDIR\etalase.exe" "" "$INSTDIR\etalase.exe" 0 SW_SHOWNORMAL "" "$(ShortcutDesc)"
  WriteRegStr HKCU "Software\Etalase" "InstallDir" "$INSTDIR"
  !define UNINST "Software\Microsoft\Windows\CurrentVersion\Uninstall\Etalase"
  WriteRegStr HKCU "${UNINST}" "DisplayName" "Etalase"
  WriteRegStr HKCU "${UNINST}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINST}" "Publisher" "Etalase"
  WriteRegStr HKCU "${UNINST}" "DisplayIcon" "$INSTDIR\etalase.exe"
  WriteRegStr HKCU "${UNINST}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINST}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKCU "${UNINST}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKCU "${UNINST}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINST}" "NoRepair" 1
SectionEnd

Section "Uninstall"
  SetShellVarContext current
  Delete "$DESKTOP\Etalase.lnk"
  Delete "$SMPROGRAMS\Etalase\Etalase.lnk"
  Delete "$SMPROGRAMS\Etalase\Etalase - Pameran.lnk"
  RMDir "$SMPROGRAMS\Etalase"
  Delete "$INSTDIR\etalase.exe"
  Delete "$INSTDIR\DejaVu-LICENSE.txt"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  DeleteRegKey HKCU "Software\Microsoft\Windows\CurrentVersion\Uninstall\Etalase"
  DeleteRegKey HKCU "Software\Etalase"
  ; The catalogue in $APPDATA\etalase is the user's: it stays.
  IfSilent +2
  MessageBox MB_OK|MB_ICONINFORMATION "$(KeptData)"
SectionEnd
