@echo off
rem GridDesk launcher for Windows: finds a JDK 25, builds on first use, runs the application or a subcommand.
setlocal enabledelayedexpansion
set "HERE=%~dp0"
set "JDK="
if defined GRIDDESK_JAVA_HOME if exist "%GRIDDESK_JAVA_HOME%\bin\javac.exe" set "JDK=%GRIDDESK_JAVA_HOME%"
if not defined JDK if defined JAVA_HOME (
  "%JAVA_HOME%\bin\java" -version 2>&1 | findstr /C:"version \"25" >nul && set "JDK=%JAVA_HOME%"
)
if not defined JDK for /d %%D in ("%ProgramFiles%\Eclipse Adoptium\jdk-25*" "%ProgramFiles%\Java\jdk-25*" "%ProgramFiles%\Microsoft\jdk-25*") do if exist "%%~D\bin\javac.exe" set "JDK=%%~D"
if not defined JDK (
  echo GridDesk needs a JDK 25 and found none. Install Eclipse Temurin 25 and set GRIDDESK_JAVA_HOME. 1>&2
  exit /b 1
)
set "JAVA_HOME=%JDK%"
set "TARGET=%HERE%app-fx\target"
set "JAR=%TARGET%\app-fx-0.1.0-SNAPSHOT.jar"
if not exist "%JAR%" (
  echo GridDesk: building the application, the first start takes a few minutes... 1>&2
  call "%HERE%mvnw.cmd" -B -q -ntp -DskipTests -pl app-fx -am package || exit /b 1
)
"%JAVA_HOME%\bin\java" --module-path "%TARGET%\lib\fx" --add-modules javafx.controls,javafx.web ^
  --enable-native-access=javafx.graphics,javafx.web,ALL-UNNAMED -Dfile.encoding=UTF-8 ^
  -cp "%JAR%;%TARGET%\lib\app\*" org.griddesk.app.GridDeskMain %*
