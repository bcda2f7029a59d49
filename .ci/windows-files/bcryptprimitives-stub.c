/* TEST ONLY, never shipped: Wine 8 lacks bcryptprimitives.dll, whose ProcessPrng Rust's std
 * calls for random bytes. This stand-in answers from RtlGenRandom (advapi32's SystemFunction036).
 * .ci/windows puts it beside the installed exe inside the throwaway Wine prefix only. */
#include <windows.h>

BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);

__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T length) {
    while (length > 0) {
        ULONG n = length > 0x40000000 ? 0x40000000 : (ULONG)length;
        if (!SystemFunction036(data, n)) return FALSE;
        data += n;
        length -= n;
    }
    return TRUE;
}
