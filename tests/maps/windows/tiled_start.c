/* Starts a command line the way Tiled's QProcess does on Windows, for
 * tests/maps/test_run_here_windows.py: CreateProcessW with no application name (so
 * "cmd" is looked up as Windows does), the command line exactly as given in
 * TILED_COMMAND_LINE, the working directory TILED_WORKING_DIR, no console window,
 * stdout and stderr passed on (Tiled's Console). Exits with the command's exit code. */
#include <stdio.h>
#include <stdlib.h>
#include <wchar.h>
#include <windows.h>

int wmain(void)
{
    const wchar_t *line = _wgetenv(L"TILED_COMMAND_LINE");
    const wchar_t *dir = _wgetenv(L"TILED_WORKING_DIR");
    static wchar_t buffer[32768];
    STARTUPINFOW startup = {0};
    PROCESS_INFORMATION process;
    DWORD code = 0;
    if (line == NULL || dir == NULL || wcslen(line) >= 32768) {
        fputs("tiled_start: set TILED_COMMAND_LINE and TILED_WORKING_DIR\n", stderr);
        return 125;
    }
    wcscpy(buffer, line); /* CreateProcessW may write to the command line */
    startup.cb = sizeof startup;
    startup.dwFlags = STARTF_USESTDHANDLES;
    startup.hStdInput = GetStdHandle(STD_INPUT_HANDLE);
    startup.hStdOutput = GetStdHandle(STD_OUTPUT_HANDLE);
    startup.hStdError = GetStdHandle(STD_ERROR_HANDLE);
    if (!CreateProcessW(NULL, buffer, NULL, NULL, TRUE,
                        CREATE_NO_WINDOW | CREATE_UNICODE_ENVIRONMENT, NULL, dir,
                        &startup, &process)) {
        fprintf(stderr, "tiled_start: the command failed to start (error %lu)\n",
                GetLastError());
        return 126;
    }
    WaitForSingleObject(process.hProcess, INFINITE);
    GetExitCodeProcess(process.hProcess, &code);
    CloseHandle(process.hThread);
    CloseHandle(process.hProcess);
    return (int)code;
}
