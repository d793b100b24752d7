"""Picture Book Studio: chat, gallery, storyboard, print."""

__version__ = "0.1.0"
APP_NAME = "Picture Book Studio"
APP_ID = "PictureBookStudio"  # the folder name for settings and data
DESKTOP_ID = "io.github.picturebookstudio.Studio"  # the desktop entry, AppStream id and icon name (packaging/)
