"""The frozen app's entry point (PyInstaller): the `studio` command, window or headless."""

import multiprocessing

if __name__ == "__main__":
    multiprocessing.freeze_support()  # the upscaler and the importer start worker processes from this executable
    from studio.cli import run

    run()
