"""Text catalogs by language; each module holds one area's texts as a plain dict."""
