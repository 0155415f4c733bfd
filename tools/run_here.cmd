@echo off
rem Tiled's "Run game here (Windows)": tools\run_here.cmd MAP [game options].
rem Runs the game on MAP with the project's .venv or, in a bundle, the bundled game.
setlocal
set "HERE=%~dp0.."
if "%~1"=="" (echo run_here: usage: tools\run_here.cmd MAP.tmx [game options] 1>&2 & exit /b 2)
if exist "%HERE%\.venv\Scripts\python.exe" (
    cd /d "%HERE%"
    "%HERE%\.venv\Scripts\python.exe" -m game --debug-menu --map %*
    exit /b
)
if exist "%HERE%\RedSunOverDaxam.exe" (
    cd /d "%HERE%"
    "%HERE%\RedSunOverDaxam.exe" --debug-menu --map %*
    exit /b
)
echo run_here: found neither %HERE%\.venv nor RedSunOverDaxam.exe; run the README's setup once 1>&2
exit /b 1
