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
rem Offerings under 25 MB in the input folder here run on Java's quick compiler alone (a monthly
rem file is read in less time than the full one spends compiling); with --input elsewhere, or a
rem pooled file of a million rows, the full compiler stays. CELLCOMPARE_JAVA_OPTS replaces this.
set "OPTS=%CELLCOMPARE_JAVA_OPTS%"
if defined CELLCOMPARE_JAVA_OPTS goto run
set "OPTS=-XX:TieredStopAtLevel=1"
:args
if "%~1"=="" goto size
set "ARG=%~1"
if /i "%ARG:~0,7%"=="--input" set "OPTS="
shift
goto args
:size
set /a KB=0
for %%F in ("%HERE%input\offerings\*") do set /a "KB+=%%~zF/1024"
if %KB% GEQ 25000 set "OPTS="
:run
rem The user's own --input/--output come later and win.
"%JAVA%" %OPTS% -jar "%HERE%cellcompare.jar" "--input=%HERE%input" "--output=%HERE%output" %*
exit /b %ERRORLEVEL%

:nojava
echo CellCompare needs Java 17 or later: install it (for example from https://adoptium.net) or set JAVA_HOME. 1>&2
exit /b 3
