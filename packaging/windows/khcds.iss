; KHCĐS installer (Inno Setup 6): per-user, no administrator rights, Vietnamese.
;
; Build (from the repository root, after packaging\khcds.spec has made dist\khcds):
;   iscc packaging\windows\khcds.iss
; The version comes from khcds.exe's version resource (itself made from
; desktop.__version__); pass /DAppVersion=X.Y.Z to override. The setup file is
; written to dist\KHCDS-<version>-setup.exe.
;
; - Installs for the current user only, into %LOCALAPPDATA%\Programs\KHCDS
;   ({autopf} under PrivilegesRequired=lowest): an official who is not an
;   administrator can install and update it.
; - Start menu and desktop shortcuts; .khcds files open in the program.
; - Uninstall removes the program, its shortcuts and its file type only. The
;   user's data folder (%APPDATA%\khcds: plans, backups, keys, logs) is never
;   touched, by uninstall or by an update: there is no [UninstallDelete] here.

#define AppName "KHCĐS"
#define AppExe "khcds.exe"
#define DistDir AddBackslash(SourcePath) + "..\..\dist\khcds"
#ifndef AppVersion
  #define AppVersion GetStringFileInfo(DistDir + "\" + AppExe, "ProductVersion")
#endif
#define ProgId "KHCDS.Package"

[Setup]
; AppId identifies the program for updates and uninstall: never change it.
AppId={{6C1B8E52-3F0D-4C9A-9E7B-2D5A1F4C8B31}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=KHCĐS
AppComments=Kế hoạch chuyển đổi số cho xã, phường, đặc khu và thành phố
VersionInfoVersion={#AppVersion}
VersionInfoDescription=Cài đặt {#AppName}
PrivilegesRequired=lowest
DefaultDirName={autopf}\KHCDS
DisableDirPage=auto
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
ShowLanguageDialog=no
UninstallDisplayName={#AppName}
UninstallDisplayIcon={app}\{#AppExe}
SetupIconFile=..\..\resources\icons\khcds.ico
WizardStyle=modern
Compression=lzma2/max
SolidCompression=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
ChangesAssociations=yes
CloseApplications=yes
RestartApplications=no
OutputDir=..\..\dist
OutputBaseFilename=KHCDS-{#AppVersion}-setup

[Languages]
; English first, Vietnamese over it: a message not yet translated shows in English
Name: "vietnamese"; MessagesFile: "compiler:Default.isl,Vietnamese.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"
Name: "assockhcds"; Description: "{cm:AssocFileExtension,{#AppName},.khcds}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
Source: "{#DistDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; an update replaces the whole bundle: files of the old version must not linger
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "Kế hoạch chuyển đổi số"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "Kế hoạch chuyển đổi số"; Tasks: desktopicon

[Registry]
; per-user file type (HKA is HKEY_CURRENT_USER in a per-user install)
Root: HKA; Subkey: "Software\Classes\.khcds"; ValueType: string; ValueName: ""; ValueData: "{#ProgId}"; Flags: uninsdeletevalue; Tasks: assockhcds
Root: HKA; Subkey: "Software\Classes\.khcdst"; ValueType: string; ValueName: ""; ValueData: "{#ProgId}"; Flags: uninsdeletevalue; Tasks: assockhcds
Root: HKA; Subkey: "Software\Classes\.khcds\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue; Tasks: assockhcds
Root: HKA; Subkey: "Software\Classes\.khcdst\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue; Tasks: assockhcds
Root: HKA; Subkey: "Software\Classes\{#ProgId}"; ValueType: string; ValueName: ""; ValueData: "Gói dữ liệu KHCĐS"; Flags: uninsdeletekey; Tasks: assockhcds
Root: HKA; Subkey: "Software\Classes\{#ProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"; Tasks: assockhcds
Root: HKA; Subkey: "Software\Classes\{#ProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" --open ""%1"""; Tasks: assockhcds
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".khcds"; ValueData: ""; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".khcdst"; ValueData: ""; Flags: uninsdeletekey

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
