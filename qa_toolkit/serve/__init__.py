"""The review console (``qa-toolkit serve``): a Starlette app over the history store.

Needs the ``console`` extra (starlette, uvicorn, argon2-cffi, itsdangerous,
python-multipart); the rest of qa-toolkit does not import this package.
"""
