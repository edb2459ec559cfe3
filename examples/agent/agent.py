# An agent loop, as an LLM-driven program would write it: ask the model, run the tools it asks
# for, feed the results back, until it answers in plain text. `call_llm` and `get_weather` are
# host functions; `prompt` is an input the host passes in. Top-level await: the script body is
# the main task.
import asyncio


async def run_tool(call):
    if call["tool"] == "get_weather":
        return {"role": "tool", "name": "get_weather", "content": await get_weather(call["city"])}
    return {"role": "tool", "name": call["tool"], "content": f"unknown tool {call['tool']!r}"}


async def agent(prompt, messages):
    while True:
        print(f"messages so far: {len(messages)}")
        output = await call_llm(prompt, messages)
        if isinstance(output, str):
            return output
        messages.extend(output)
        # The model may ask for several tools at once: run them concurrently.
        calls = [m for m in output if m.get("role") == "tool_call"]
        messages.extend(await asyncio.gather(*(run_tool(c) for c in calls)))


answer = await agent(prompt, [])
print(answer)
answer
