import type { WorkerPort } from '../port';

/** Stands in for a worker: records what it is sent and answers when told to. */
export class FakeWorker<Request, Response> implements WorkerPort<Request, Response> {
  sent: { message: Request; transfer: Transferable[] }[] = [];
  terminated = false;
  onmessage: ((event: MessageEvent<Response>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  onmessageerror: ((event: MessageEvent) => void) | null = null;
  postMessage(message: Request, transfer: Transferable[] = []): void {
    this.sent.push({ message, transfer });
  }
  terminate(): void {
    this.terminated = true;
  }
  answer(response: Response): void {
    this.onmessage?.({ data: response } as MessageEvent<Response>);
  }
}
