"""What the picture generators on a designer's own machine share (ComfyUI, Automatic1111/Forge): they draw
pictures only, for nothing, over one aiohttp session per event loop, with the checkpoint the server lists first
unless one is chosen."""

from __future__ import annotations

import asyncio
import re
from dataclasses import replace
from typing import Any, AsyncIterator

from studio.backends.address import check_address
from studio.backends.base import BackendError, ChatEvent
from studio.backends.capabilities import FreeSizes, ImageModel
from studio.backends.i18n import _

# Stable Diffusion models draw any size that is a multiple of 8 (the latent is an eighth of the picture); beyond
# about 2 Mpx they repeat themselves, so pages are drawn smaller and made print-ready afterwards.
SD_SIZES = ImageModel("stable-diffusion", sizes=("1024x1024", "1152x896", "896x1152"), qualities=("auto",),
                      transparency="no", mask_edits=True, max_references=1, input_fidelity=False, streaming=True,
                      free=FreeSizes(multiple=8, max_ratio=3.0, max_edge=2048, max_pixels=2048 * 1536,
                                     min_pixels=256 * 256, experimental_pixels=1536 * 1536))


# What a checkpoint was trained at, from its name: Stable Diffusion 1.x at 512 × 512, 2.x's "768" models at
# 768 × 768, SDXL and later at 1024 × 1024. A draft at its own size is drawn well, and on a CPU four times faster
# than at 1024 for a 512 model. (Checkpoint files say nothing of it over either server's API.)
_SD1 = re.compile(r"(^|[^a-z0-9])(sd[-_ ]?1|sd[-_ ]?v?1[-_.]?[45x]|v1[-_.][45]|1[-_.]5|15)([^0-9]|$)|sd15|512")
_SD2_768 = re.compile(r"(sd[-_ ]?2|v2[-_.][01]).*768|768.*(sd[-_ ]?2|v2)")


def sd_draft_pixels(checkpoint: str) -> int:
    name = checkpoint.lower()
    if "xl" in name or "sd3" in name or "flux" in name:
        return 1024 * 1024
    if _SD2_768.search(name):
        return 768 * 768
    if _SD1.search(name):
        return 512 * 512
    return 1024 * 1024


DRAFT_EDGES = (0, 512, 768, 1024)  # a draft's side as Settings offer it; 0: from the checkpoint's name


# The largest picture worth asking each family for (edge, pixels): about twice its own size. Beyond it a model
# repeats its subject (two heads, two horizons), and on a CPU one step takes minutes (a step at 2040 × 1536 took ten
# on this project's machine); pages are drawn this large and made print-ready on this computer afterwards.
_LARGEST = {512 * 512: (1024, 1024 * 768), 768 * 768: (1536, 1536 * 1024)}


def sd_capabilities(name: str, draft_edge: int = 0) -> ImageModel:
    draft = draft_edge * draft_edge if draft_edge else sd_draft_pixels(name)
    edge, pixels = _LARGEST.get(draft, (SD_SIZES.free.max_edge, SD_SIZES.free.max_pixels))  # type: ignore[union-attr]
    free = replace(SD_SIZES.free, max_edge=edge, max_pixels=pixels,  # type: ignore[type-var]
                   experimental_pixels=min(pixels, SD_SIZES.free.experimental_pixels))  # type: ignore[union-attr]
    return replace(SD_SIZES, name=name, draft_pixels=draft, free=free)


class LocalGenerator:
    offline = False
    chat_model = ""
    supports_transparency = False  # stickers are cut out here, as for any picture without transparency
    draws_free = True  # on the designer's own machine: no estimate to approve, nothing in the ledger
    label = ""  # "ComfyUI": how messages name the server
    checkpoint_folder = ""  # where a person puts a checkpoint, for the message when the server has none

    def __init__(self, url: str, checkpoint: str = "", draft_edge: int = 0) -> None:
        check_address(url)
        self.base = url.rstrip("/")
        self.image_model = checkpoint or self.label
        self._draft_edge = draft_edge
        self.capabilities = sd_capabilities(self.image_model, draft_edge)
        self._session: Any = None
        self._session_loop: asyncio.AbstractEventLoop | None = None
        self._checkpoint: str | None = checkpoint or None

    def _session_timeout(self) -> Any:
        """The aiohttp.ClientTimeout every request of the session gets."""
        raise NotImplementedError

    async def _http(self) -> Any:
        import aiohttp

        # a session belongs to one event loop (the CLI and tests may run several, one after another)
        if self._session is None or self._session.closed or self._session_loop is not asyncio.get_running_loop():
            self._session_loop = asyncio.get_running_loop()
            self._session = aiohttp.ClientSession(timeout=self._session_timeout())
        return self._session

    async def checkpoints(self) -> list[str]:
        raise NotImplementedError

    async def _chosen_checkpoint(self) -> str:
        if self._checkpoint is None:
            names = await self.checkpoints()
            if not names:
                raise BackendError("config", self._no_checkpoint())
            self._checkpoint = names[0]
            self.image_model = names[0]
            self.capabilities = sd_capabilities(names[0], self._draft_edge)
        return self._checkpoint

    def _draws_with_a_checkpoint(self) -> bool:
        """Whether pictures come from the server's checkpoint (a person's own workflow brings its own model)."""
        return True

    def _no_checkpoint(self) -> str:
        return _("{server} at {address} has no checkpoint: put one (a .safetensors Stable Diffusion model) in its "
                 "{folder} folder and try again.").format(server=self.label, address=self.base,
                                                          folder=self.checkpoint_folder)

    async def list_models(self) -> list[str]:
        return await self.checkpoints()

    async def prepare(self) -> None:
        await self._http()
        if self._checkpoint is None and not self._draft_edge and self._draws_with_a_checkpoint():
            # the checkpoint's name says what size its drafts are: learn it before the first picture is asked for
            try:
                await self._chosen_checkpoint()
            except (BackendError, OSError, asyncio.TimeoutError):
                pass  # the first picture says what is wrong, where the person sees it

    async def aclose(self) -> None:
        if self._session is not None:
            await self._session.close()
            self._session = None

    async def stream_chat(self, messages: list[dict[str, Any]], tools: list[dict[str, Any]]) -> AsyncIterator[ChatEvent]:
        raise BackendError("config", _("{server} draws pictures only: choose a server for the words in Settings.").format(
            server=self.label))
        yield  # pragma: no cover - makes this an async generator
