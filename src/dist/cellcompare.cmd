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
rem The user's own --input/--output come later and win.
"%JAVA%" %CELLCOMPARE_JAVA_OPTS% -jar "%HERE%cellcompare.jar" "--input=%HERE%input" "--output=%HERE%output" %*
exit /b %ERRORLEVEL%

:nojava
echo CellCompare needs Java 17 or later: install it (for example from https://adoptium.net) or set JAVA_HOME. 1>&2
exit /b 3
