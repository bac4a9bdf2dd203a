# Turns a text file into a C++ raw string literal include: cmake -DIN=file -DOUT=file.inc -P embed_text.cmake
file(READ "${IN}" content)
file(WRITE "${OUT}.tmp" "R\"sg_embed(${content})sg_embed\"\n")
file(RENAME "${OUT}.tmp" "${OUT}")
