"""Picture Book Studio: chat, gallery, storyboard, print."""

__version__ = "0.1.0"
APP_NAME = "Picture Book Studio"
APP_ID = "PictureBookStudio"
