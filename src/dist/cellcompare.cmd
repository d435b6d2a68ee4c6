@echo off
rem CellCompare for Windows. Reads the "input" folder next to this script and writes the
rem workbook into the "output" folder next to it, unless --input= or --output= say otherwise.
rem Every option: cellcompare --help. Needs Java 17 or later (JAVA_HOME, or java on the PATH).
setlocal
set "HERE=%~dp0"
set "JAVA=java"
if defined JAVA_HOME if exist "%JAVA_HOME%\bin\java.exe" set "JAVA=%JAVA_HOME%\bin\java.exe"
"%JAVA%" -version >nul 2>&1
if errorlevel 1 goto nojava
rem Java's options are in jvm.options next to this script; CELLCOMPARE_JAVA_OPTS adds to them.
rem Class data sharing, as Spring Boot's guide to it describes: the first run writes an archive of
rem the classes it loads, and later runs map it. An archive fits one Java and one build of the jar,
rem so its name carries Java's version and the jar's size; Java runs on without one it cannot use.
set "JV=java"
for /f "tokens=3" %%V in ('"%JAVA%" -version 2^>^&1 ^| findstr /i "version"') do set "JV=%%~V"
for %%J in ("%HERE%cellcompare.jar") do set "ARCHIVE=%HERE%cellcompare-%JV%-%%~zJ.jsa"
if exist "%ARCHIVE%" (
    set "CDS=-XX:SharedArchiveFile=%ARCHIVE%"
) else (
    del /q "%HERE%cellcompare-*.jsa" >nul 2>&1
    set "CDS=-XX:ArchiveClassesAtExit=%ARCHIVE%"
)
rem The quick compiler alone for offerings under the size jvm.options names (read from there, so it
rem is written once); the user's own --input is the one that counts.
set "LIMIT="
for /f "tokens=2 delims==" %%L in ('findstr /b /c:"# quick-compiler-below-kb=" "%HERE%jvm.options"') do set "LIMIT=%%L"
set "OFFERINGS=%HERE%input\offerings"
:args
if "%~1"=="" goto size
set "ARG=%~1"
if /i "%ARG:~0,8%"=="--input=" set "OFFERINGS=%ARG:~8%\offerings"
shift
goto args
:size
set /a KB=0
for %%F in ("%OFFERINGS%\*") do set /a "KB+=%%~zF/1024"
set "COMPILER=-XX:TieredStopAtLevel=4"
if defined LIMIT if %KB% LSS %LIMIT% set "COMPILER=-XX:TieredStopAtLevel=1"
rem The user's own --input/--output come later and win.
"%JAVA%" "@%HERE%jvm.options" "%COMPILER%" "%CDS%" -Xlog:cds=off -Xlog:cds+dynamic=off %CELLCOMPARE_JAVA_OPTS% -jar "%HERE%cellcompare.jar" "--input=%HERE%input" "--output=%HERE%output" %*
exit /b %ERRORLEVEL%

:nojava
echo CellCompare needs Java 17 or later: install it (for example from https://adoptium.net) or set JAVA_HOME. 1>&2
exit /b 3
