import type { AxiosResponse } from "axios"

/** Resolves to the HTTP response whatever its status (axios rejects on 4xx/5xx). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- response bodies are checked by each test
export async function settle<T = any>(request: Promise<AxiosResponse<T>>): Promise<AxiosResponse<T>> {
  try {
    return await request
  } catch (error) {
    const response = (error as { response?: AxiosResponse<T> }).response
    if (!response) {
      throw error
    }
    return response
  }
}

export const bearer = (token: string) => ({ headers: { authorization: `Bearer ${token}` } })
