-- /oruk/services pages, first, middle and last, as conformance checkers read them.
local n = 0
request = function()
  n = n + 1
  return wrk.format("GET", "/oruk/services?per_page=50&page=" .. ((n * 37) % 2000 + 1))
end
