-- /oruk/services/{id} for ids spread over the whole directory.
local ids = {}
local n = 0
function init(args)
  for line in io.lines(args[1]) do table.insert(ids, line) end
end
request = function()
  n = n + 1
  return wrk.format("GET", "/oruk/services/" .. ids[(n * 104729 % #ids) + 1])
end
