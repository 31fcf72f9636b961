export function Options() {
  return (
    <main>
      <h1>Applyfill profile</h1>
    </main>
  );
}
