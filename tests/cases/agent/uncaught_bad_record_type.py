# A pipeline that meets a record of the wrong type: the TypeError ends the run.
records = [{"amount": 10}, {"amount": 2.5}, {"amount": "7"}, {"amount": 1}]
total = 0
for index, record in enumerate(records):
    print("adding record", index)
    total = total + record["amount"]
print("total", total)
