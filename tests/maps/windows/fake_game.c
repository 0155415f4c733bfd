/* A stand-in for .venv\Scripts\python.exe and RedSunOverDaxam.exe, so that
 * tests/maps/test_run_here_windows.py sees exactly what tools\run_here.cmd started.
 * It writes to the file named by RUN_HERE_RECORD, one item a line in UTF-8: its
 * working directory, its raw command line, then each argument as the C runtime
 * split it. It prints a line to stdout and to stderr (Tiled's Console shows both)
 * and exits with RUN_HERE_EXIT (0 when unset), as the game's exit code would. */
#include <stdio.h>
#include <stdlib.h>
#include <wchar.h>
#include <windows.h>

static void put(FILE *out, const wchar_t *text)
{
    char buffer[32768];
    int n = WideCharToMultiByte(CP_UTF8, 0, text, -1, buffer, sizeof buffer, NULL, NULL);
    if (n > 0)
        fputs(buffer, out);
    fputc('\n', out);
}

int wmain(int argc, wchar_t **argv)
{
    const wchar_t *record = _wgetenv(L"RUN_HERE_RECORD");
    const wchar_t *code = _wgetenv(L"RUN_HERE_EXIT");
    wchar_t cwd[MAX_PATH * 4];
    if (record == NULL) {
        fputs("fake game: RUN_HERE_RECORD is not set\n", stderr);
        return 120;
    }
    FILE *out = _wfopen(record, L"wb");
    if (out == NULL) {
        fputs("fake game: cannot write RUN_HERE_RECORD\n", stderr);
        return 121;
    }
    GetCurrentDirectoryW(MAX_PATH * 4, cwd);
    put(out, cwd);
    put(out, GetCommandLineW());
    for (int i = 0; i < argc; ++i)
        put(out, argv[i]);
    fclose(out);
    fputs("fake game: started\n", stdout);
    fputs("fake game: a line on stderr\n", stderr);
    return code == NULL ? 0 : _wtoi(code);
}
