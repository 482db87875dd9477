; Inno Setup 6 script: the Windows installer of frontdesk, made from the one-folder build dist\frontdesk\
; (built on Windows with: py -m PyInstaller --noconfirm --distpath dist --workpath build\pyinstaller
;  packaging\frontdesk.spec). Compile from the source tree's top folder:
;   "C:\Program Files (x86)\Inno Setup 6\ISCC.exe" /DAppVersion=0.1.0 packaging\windows\frontdesk.iss
; The installer goes to dist\frontdesk-setup-VERSION.exe.
;
; The program is installed under Program Files; each user's data (the centre database, its backups and the
; log) lives in that user's own folder, %LOCALAPPDATA%\frontdesk, which the program makes on first start.
; The uninstaller removes only what the installer put there: the data folder is kept, and it says so.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "物业前台 frontdesk"
#define SourceDir "..\..\dist\frontdesk"

[Setup]
AppId={{6C1B2F1E-3D47-4E0A-9B1C-5F2D8A7E4C31}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=frontdesk
DefaultDirName={autopf}\frontdesk
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=admin
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename=frontdesk-setup-{#AppVersion}
SetupIconFile=..\..\resources\icons\frontdesk.ico
UninstallDisplayIcon={app}\frontdesk.exe
UninstallDisplayName={#AppName}
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes

[Languages]
#if FileExists(AddBackslash(CompilerPath) + "Languages\ChineseSimplified.isl")
Name: "zh"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"
#endif
Name: "en"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
en.DesktopIcon=Create a desktop shortcut
zh.DesktopIcon=创建桌面快捷方式
en.CommandLine=frontdesk command line
zh.CommandLine=物业前台命令行
en.DataKept=Your data is kept: the centre database, its backups and the log stay in %1. Delete that folder yourself only if you no longer need them.
zh.DataKept=您的数据已保留：中心数据库、备份和日志仍在 %1 。如确实不再需要，请自行删除该文件夹。

[Tasks]
Name: "desktopicon"; Description: "{cm:DesktopIcon}"; Flags: unchecked

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\frontdesk.exe"; IconFilename: "{app}\frontdesk.exe"
Name: "{autoprograms}\{cm:CommandLine}"; Filename: "{cmd}"; Parameters: "/k ""cd /d ""{app}"" && frontdesk-cli --version"""
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\frontdesk.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\frontdesk.exe"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete] entry: nothing outside {app} is removed, so %LOCALAPPDATA%\frontdesk survives.

[Code]
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  Data: String;
begin
  if CurUninstallStep = usPostUninstall then
  begin
    Data := ExpandConstant('{localappdata}\frontdesk');
    if DirExists(Data) and not UninstallSilent() then
      MsgBox(FmtMessage(CustomMessage('DataKept'), [Data]), mbInformation, MB_OK);
  end;
end;
