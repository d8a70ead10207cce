#!/usr/bin/env python3
"""Writes the Windows .ico and the macOS .icns of SMS OTP Console from resources/icons/smsotp-console.svg.

usage: installer/make-platform-icons.py   (needs rsvg-convert: installer/install-deps.sh package)

Both formats hold PNG images (Windows Vista and later, macOS 10.7 and later read them), so each size is
rendered once with rsvg-convert and stored as it is. The results are committed (installer/windows/,
installer/macos/) because the Windows and macOS build machines have no SVG renderer; run this again
after changing the SVG.
"""
import struct
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SVG = ROOT / "resources" / "icons" / "smsotp-console.svg"


def render(size: int) -> bytes:
    return subprocess.run(["rsvg-convert", "-w", str(size), "-h", str(size), str(SVG)],
                          check=True, capture_output=True).stdout


def write_ico(path: Path, sizes: list[int]) -> None:
    images = [render(s) for s in sizes]
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries = b""
    for size, data in zip(sizes, images):
        side = 0 if size >= 256 else size  # 0 means 256 in an ICONDIRENTRY
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset)
        offset += len(data)
    path.write_bytes(header + entries + b"".join(images))


def write_icns(path: Path, types: list[tuple[bytes, int]]) -> None:
    chunks = b""
    for ostype, size in types:
        data = render(size)
        chunks += ostype + struct.pack(">I", 8 + len(data)) + data
    path.write_bytes(b"icns" + struct.pack(">I", 8 + len(chunks)) + chunks)


def main() -> int:
    write_ico(ROOT / "installer" / "windows" / "smsotp-console.ico", [16, 24, 32, 48, 64, 128, 256])
    write_icns(ROOT / "installer" / "macos" / "smsotp-console.icns", [
        (b"icp4", 16), (b"icp5", 32), (b"icp6", 64), (b"ic07", 128), (b"ic08", 256), (b"ic09", 512),
        (b"ic11", 32), (b"ic12", 64), (b"ic13", 256), (b"ic14", 512), (b"ic10", 1024)])
    return 0


if __name__ == "__main__":
    sys.exit(main())
