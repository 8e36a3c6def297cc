#!/usr/bin/env bash
# Writes the hand-made sysfs fixture trees (the real ones, rx6900xt and strixpoint, are
# byte-for-byte copies from LACT; see SOURCES-LACT.md). Values follow the real trees' formats;
# ids and gfx_target_version values come from resources/data/amd-gpu-ids.csv.
set -euo pipefail
cd "$(dirname "$0")"

# card ROOT N DRIVER VENDOR DEVICE REV SLOT CLASS [VRAM_TOTAL VRAM_USED GTT_TOTAL VRAM_VENDOR]
card() {
    local root=$1 n=$2 driver=$3 vendor=$4 device=$5 rev=$6 slot=$7 class=$8
    local d="$root/class/drm/card$n/device"
    mkdir -p "$d"
    printf 'DRIVER=%s\nPCI_CLASS=%s\nPCI_ID=%s:%s\nPCI_SLOT_NAME=%s\n' "$driver" "$class" "${vendor^^}" "${device^^}" "$slot" >"$d/uevent"
    printf '0x%s\n' "$vendor" >"$d/vendor"
    printf '0x%s\n' "$device" >"$d/device"
    printf '0x%s\n' "$rev" >"$d/revision"
    if [[ $# -ge 11 ]]; then
        printf '%s\n' "$9" >"$d/mem_info_vram_total"
        printf '%s\n' "${10}" >"$d/mem_info_vram_used"
        printf '%s\n' "${11}" >"$d/mem_info_gtt_total"
        printf '0\n' >"$d/gpu_busy_percent"
        [[ -n "${12:-}" ]] && printf '%s\n' "${12}" >"$d/mem_info_vram_vendor"
    fi
    return 0
}

# kfd ROOT NODE GFX_VERSION VENDOR_DEC DEVICE_DEC RENDER_MINOR LOCATION_ID
kfd() {
    local d="$1/class/kfd/kfd/topology/nodes/$2"
    mkdir -p "$d"
    printf 'cpu_cores_count 0\nsimd_count 80\ngfx_target_version %s\nvendor_id %s\ndevice_id %s\nlocation_id %s\ndomain 0\ndrm_render_minor %s\nlocal_mem_size 0\n' \
        "$3" "$4" "$5" "$7" "$6" >"$d/properties"
}

kfd_cpu() {
    local d="$1/class/kfd/kfd/topology/nodes/0"
    mkdir -p "$d"
    printf 'cpu_cores_count 12\nsimd_count 0\ngfx_target_version 0\nvendor_id 0\ndevice_id 0\nlocation_id 0\ndomain 0\ndrm_render_minor 0\n' >"$d/properties"
}

rm -rf rdna1-rx5700xt rdna3-rx7900xtx rdna4-rx9060xt nvidia-rtx4090 nvidia-with-amd-igpu dgpu-with-apu broken

# RDNA1: RX 5700 XT (Navi 10, gfx1010), no longer in Ollama's ROCm builds.
card rdna1-rx5700xt 0 amdgpu 1002 731f c1 0000:03:00.0 30000 8573157376 1073741824 16777216000 samsung
kfd_cpu rdna1-rx5700xt; kfd rdna1-rx5700xt 1 100100 4098 29471 128 768

# RDNA3: RX 7900 XTX (Navi 31, gfx1100).
card rdna3-rx7900xtx 0 amdgpu 1002 744c c8 0000:2d:00.0 30000 25753026560 2147483648 33554432000 micron
kfd_cpu rdna3-rx7900xtx; kfd rdna3-rx7900xtx 1 110000 4098 29772 128 11520

# RDNA4: RX 9060 XT (Navi 44, gfx1200), the Qwen 3 stuck-busy card of the second seed.
card rdna4-rx9060xt 1 amdgpu 1002 7590 c0 0000:03:00.0 30000 17095983104 805306368 33554432000 hynix
kfd_cpu rdna4-rx9060xt; kfd rdna4-rx9060xt 1 120000 4098 30096 128 768

# NVIDIA only: RTX 4090 on the proprietary driver (no amdgpu memory files).
card nvidia-rtx4090 0 nvidia 10de 2684 a1 0000:01:00.0 30000

# RTX 4090 with an AMD Raphael iGPU (gfx1036) that has no board_info/vram_vendor.
card nvidia-with-amd-igpu 0 nvidia 10de 2684 a1 0000:01:00.0 30000
card nvidia-with-amd-igpu 1 amdgpu 1002 164e c1 0000:0e:00.0 30000 536870912 134217728 16777216000
kfd_cpu nvidia-with-amd-igpu; kfd nvidia-with-amd-igpu 1 100306 4098 5710 128 3584

# RX 7800 XT (Navi 32, reported gfx1101) plus a Phoenix APU (gfx1103), both in KFD.
card dgpu-with-apu 0 amdgpu 1002 747e c8 0000:03:00.0 30000 17163091968 402653184 31457280000 samsung
card dgpu-with-apu 1 amdgpu 1002 15bf c1 0000:64:00.0 38000 536870912 268435456 31457280000
kfd_cpu dgpu-with-apu; kfd dgpu-with-apu 1 110001 4098 29822 128 768; kfd dgpu-with-apu 2 110003 4098 5567 136 25600

# Broken files: garbled VRAM size, empty revision, no vendor file (PCI_ID only in uevent),
# a garbled KFD line and an impossible gfx_target_version; a connector dir to skip.
card broken 0 amdgpu 1002 73bf c1 0000:0c:00.0 30000 17163091968 1073741824 16777216000 samsung
printf 'lots of vram\n' >broken/class/drm/card0/device/mem_info_vram_total
: >broken/class/drm/card0/device/revision
rm broken/class/drm/card0/device/vendor
mkdir -p broken/class/drm/card0-DP-1
kfd_cpu broken; kfd broken 1 101599 4098 29631 128 3072
printf 'this line is garbage\n' >>broken/class/kfd/kfd/topology/nodes/1/properties
