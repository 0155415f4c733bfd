@echo off
rem Tiled's "Run game here (Windows)": cmd /d /c tools\run_here.cmd MAP [game options].
rem Runs the game on MAP with the project's .venv or, in a bundle (the release zip's
rem RedSunOverDaxam folder: RedSunOverDaxam.exe beside maps\ and tools\), the bundled
rem game, and hands the game's exit code back to Tiled. No ( ... ) blocks and every
rem path in quotes: inside a block %ERRORLEVEL% is read before the game has run, and
rem an unquoted path with "&" (R&D) or ")" in it breaks the line.
setlocal
for %%I in ("%~dp0..") do set "HERE=%%~fI"
if "%~1"=="" goto usage
if exist "%HERE%\.venv\Scripts\python.exe" goto venv
if exist "%HERE%\RedSunOverDaxam.exe" goto bundle
>&2 echo run_here: found neither "%HERE%\.venv" nor the bundled game "%HERE%\RedSunOverDaxam.exe".
>&2 echo run_here: make the .venv once, in the repository: py -m venv .venv, then .venv\Scripts\python -m pip install -e .
exit /b 1

:usage
>&2 echo run_here: usage: tools\run_here.cmd MAP.tmx [game options]
exit /b 2

:venv
cd /d "%HERE%"
"%HERE%\.venv\Scripts\python.exe" -m game --debug-menu --map %*
exit /b %ERRORLEVEL%

:bundle
cd /d "%HERE%"
"%HERE%\RedSunOverDaxam.exe" --debug-menu --map %*
exit /b %ERRORLEVEL%
